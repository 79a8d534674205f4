// The network as the browser runs it: one Network (switch, host stack, HTTP client, capture)
// in a dedicated worker, exposed to the page over comlink. Machines' NICs arrive as
// MessagePorts (from the VM workers, via the page); fetch bridge ports arrive from the page
// and the service worker. Nothing here touches the DOM.
//
//   page ──comlink──▶ NetHost.attachNic(machine, nic, ip, port) ─▶ switch port ◀─frames─▶ VM worker
//        ──comlink──▶ NetHost.connectFetchPort(port) ─▶ FetchBridgeServer ◀── page / service worker
//        ──comlink──▶ status(), packets(), pcap(), ping()

import { formatIp4 } from '../ipv4-address.ts';
import { formatMac, macFromKey } from '../ethernet.ts';
import { FetchBridgeServer } from '../bridge/server.ts';
import { linkPort } from '../link/message-port.ts';
import type { PortLike } from '../link/port-like.ts';
import { Network, NetworkOptions } from '../network.ts';
import type { PortStats } from '../switch.ts';
import type { StackCounters } from '../stack.ts';
import type { HttpClientStats } from '../http/client.ts';
import { summarizeFrame, httpFirstLine, Protocol } from '../summary.ts';

export interface PacketRow {
  seq: number;
  /** ms since the network started. */
  timeMs: number;
  from: string;
  /** '*' when flooded (broadcast, unknown destination). */
  to: string;
  length: number;
  protocol: Protocol;
  src: string;
  dst: string;
  info: string;
  /** The HTTP request or status line the segment starts with, if any. */
  http?: string;
}

export interface NetStatus {
  host: { ip: string; mac: string; connections: number; counters: StackCounters; arp: Array<{ ip: string; mac: string }> };
  machines: Array<{ name: string; ip: string; up: boolean; macs: string[]; port: PortStats }>;
  http: HttpClientStats;
  capture: { total: number; held: number; evicted: number };
}

export class NetHost {
  readonly network: Network;
  private readonly bridges = new Set<FetchBridgeServer>();

  constructor(opts: NetworkOptions = {}) {
    this.network = new Network({ capture: { maxFrames: 20_000 }, ...opts });
  }

  /**
   * Connect machine `machine`'s NIC `nic` (the port is the switch end of its cable). The
   * first NIC of a machine is known by the machine's name; others as `machine/nic`.
   * Throws a one-line error if the address is unusable or taken.
   */
  attachNic(machine: string, nic: string, ip: string | undefined, port: PortLike): string {
    const taken = this.network.machine(machine)?.up;
    const name = taken ? `${machine}/${nic}` : machine;
    const sp = this.network.attach(name, { ip: ip ?? '10.0.0.2' });
    linkPort(sp, port);
    return name;
  }

  /** Forget a machine that was removed (its NIC ports close when it stops). */
  detach(machine: string): void {
    for (const m of this.network.machineList()) if (m.name === machine || m.name.startsWith(`${machine}/`)) this.network.remove(m.name);
  }

  /** An address no running machine uses, for a second copy of a guest. */
  freeAddress(): string | undefined {
    const ip = this.network.freeAddress();
    return ip === undefined ? undefined : formatIp4(ip);
  }

  /** Serve fetch bridge requests arriving on `port` (from the page or the service worker). */
  connectFetchPort(port: PortLike): void {
    const server = new FetchBridgeServer(port, (machine, req) => this.network.fetch(machine, req));
    this.bridges.add(server);
  }

  ping(machine: string, timeoutMs?: number): Promise<number> {
    return this.network.ping(machine, timeoutMs);
  }

  status(): NetStatus {
    const net = this.network;
    const sw = net.switch;
    const macsOf = (name: string) => {
      const port = sw.ports().find((p) => p.name === name);
      return port ? sw.macsOn(port).map((k) => formatMac(macFromKey(k))) : [];
    };
    return {
      host: {
        ip: formatIp4(net.stack.ip),
        mac: formatMac(net.stack.mac),
        connections: net.stack.connectionCount,
        counters: structuredClone(net.stack.counters),
        arp: net.stack.arp.snapshot().map((e) => ({ ip: formatIp4(e.ip), mac: formatMac(e.mac) })),
      },
      machines: net.machineList().map((m) => ({ name: m.name, ip: formatIp4(m.ip), up: m.up, macs: m.up ? macsOf(m.name) : [], port: { ...m.port.stats } })),
      http: { ...net.http.stats },
      capture: { total: net.capture?.total ?? 0, held: net.capture?.size ?? 0, evicted: net.capture?.evicted ?? 0 },
    };
  }

  /** Up to `limit` captured frames after `afterSeq`, summarized (the packet log). */
  packets(afterSeq: number, limit = 500): PacketRow[] {
    const frames = this.network.capture?.since(afterSeq) ?? [];
    return frames.slice(-limit).map((f) => {
      const s = summarizeFrame(f.frame);
      const row: PacketRow = { seq: f.seq, timeMs: f.timeMs, from: f.from, to: f.to, length: f.frame.length, protocol: s.protocol, src: s.src, dst: s.dst, info: s.info };
      const http = s.protocol === 'TCP' ? httpFirstLine(f.frame) : undefined;
      if (http) row.http = http;
      return row;
    });
  }

  /** The capture as a pcap file. */
  pcap(): Uint8Array {
    return this.network.capture?.toPcap() ?? new Uint8Array(0);
  }

  clearCapture(): void {
    this.network.capture?.clear();
  }
}
