// A network: one virtual switch, the host stack on it (10.0.0.1, the guests' gateway), an
// HTTP client over that stack, and the machines attached by name. This is what the CLI,
// the tests and the browser's network worker hold; it runs anywhere (no DOM, no Node APIs).
//
//            ┌──────────────── Network ─────────────────┐
//   machine ─┤ SwitchPort ─┐                             │
//   machine ─┤ SwitchPort ─┼─ VirtualSwitch ─ SwitchPort ─ HostStack ─ HttpClient ─ fetch(name, req)
//   machine ─┤ SwitchPort ─┘        │ tap                │
//            │                 PacketCapture (log, pcap) │
//            └───────────────────────────────────────────┘
//
// A machine is known by name and IPv4 address (from its `ip=` argument). When its port
// closes (the monitor closes a NIC's port when the machine stops), the network fails that
// machine's connections at once, so a fetch to a stopped guest rejects instead of waiting
// for TCP timeouts.

import { DEFAULT_GUEST_IP, freeGuestIp, HOST_IP, HOST_MAC, isGuestAddress } from './addressing.ts';
import { PacketCapture, CaptureOptions } from './capture.ts';
import { NetClock, RealClock } from './clock.ts';
import { ArpTiming } from './arp.ts';
import { HttpClient, HttpClientOptions } from './http/client.ts';
import { fetchVia, FetchFunction } from './http/fetch.ts';
import { formatIp4, Ip4, parseIp4 } from './ipv4-address.ts';
import { HostStack } from './stack.ts';
import { SwitchPort, VirtualSwitch } from './switch.ts';
import type { TcpConnection, TcpOptions } from './tcp/connection.ts';

export interface NetworkOptions {
  clock?: NetClock;
  hostIp?: Ip4;
  hostMac?: Uint8Array;
  /** Seeded randomness for replayable runs (ISNs, ports). */
  random?: () => number;
  tcp?: Partial<TcpOptions>;
  arp?: Partial<ArpTiming>;
  http?: Partial<HttpClientOptions>;
  /** Keep a capture of every frame (packet log, pcap). */
  capture?: boolean | CaptureOptions;
}

export interface MachineLink {
  name: string;
  ip: Ip4;
  port: SwitchPort;
  /** False once its port closed (the machine stopped). */
  up: boolean;
}

export interface AttachOptions {
  /** The machine's address: its `ip=` argument (default 10.0.0.2). */
  ip?: Ip4 | string;
}

export class Network {
  readonly clock: NetClock;
  readonly switch: VirtualSwitch;
  readonly stack: HostStack;
  readonly http: HttpClient;
  readonly capture: PacketCapture | undefined;
  /** A machine's port closed (it stopped). */
  onMachineDown: ((m: MachineLink) => void) | null = null;
  private readonly machines = new Map<string, MachineLink>();
  private closed = false;

  constructor(opts: NetworkOptions = {}) {
    this.clock = opts.clock ?? new RealClock();
    this.switch = new VirtualSwitch({ clock: this.clock });
    this.switch.onDetach = (port) => this.portClosed(port);
    if (opts.capture) this.capture = new PacketCapture(this.switch, opts.capture === true ? {} : opts.capture);
    this.stack = new HostStack(this.switch.attach('host'), {
      mac: opts.hostMac ?? HOST_MAC,
      ip: opts.hostIp ?? HOST_IP,
      clock: this.clock,
      random: opts.random,
      tcp: opts.tcp,
      arp: opts.arp,
    });
    this.http = new HttpClient(this.stack, opts.http);
  }

  /**
   * A switch port for machine `name`'s NIC (pass it to the monitor as the NIC's port).
   * Attaching a name again replaces the stopped machine of that name (a restart).
   */
  attach(name: string, opts: AttachOptions = {}): SwitchPort {
    if (this.closed) throw new Error('the network is closed');
    const ip = typeof opts.ip === 'string' ? parseIp4(opts.ip) : (opts.ip ?? DEFAULT_GUEST_IP);
    if (ip === undefined || !isGuestAddress(ip)) throw new Error(`machine '${name}': ${opts.ip} is not a usable guest address in 10.0.0.0/24`);
    const old = this.machines.get(name);
    if (old?.up) throw new Error(`a machine named '${name}' is already on the network`);
    for (const m of this.machines.values()) {
      if (m.up && m.ip === ip) throw new Error(`machine '${name}': address ${formatIp4(ip)} is already used by '${m.name}'`);
    }
    // A restarted machine may come back with a new MAC: forget the old one.
    if (old) this.stack.peerDown(old.ip, `machine '${name}' restarted`);
    const port = this.switch.attach(name);
    this.machines.set(name, { name, ip, port, up: true });
    return port;
  }

  /** The lowest address no running machine uses (for a second machine of the same image). */
  freeAddress(): Ip4 | undefined {
    return freeGuestIp([...this.machines.values()].filter((m) => m.up).map((m) => m.ip));
  }

  machine(name: string): MachineLink | undefined {
    return this.machines.get(name);
  }

  machineList(): MachineLink[] {
    return [...this.machines.values()];
  }

  /** Forget a machine (its port is closed if it is still attached). */
  remove(name: string): void {
    const m = this.machines.get(name);
    if (!m) return;
    m.port.close();
    this.machines.delete(name);
  }

  /** fetch() to machine `name`'s HTTP server (port 80 unless the URL says otherwise). */
  async fetch(name: string, input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://guest/');
    const m = this.machines.get(name);
    const down = !m ? `no machine named '${name}' on the network` : !m.up ? `machine '${name}' is not running` : undefined;
    if (down || !m) {
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
      throw new TypeError(`fetch ${method.toUpperCase()} ${url.pathname}${url.search} from ${name}: ${down}`, { cause: new Error(down) });
    }
    const port = url.port ? Number(url.port) : 80;
    return fetchVia(this.http, { ip: m.ip, port, host: name }, input, init);
  }

  /** A fetch-compatible function bound to machine `name`. */
  fetcher(name: string): FetchFunction {
    return (input, init) => this.fetch(name, input, init);
  }

  /** Ping machine `name` once from the host; resolves with the round trip in ms. */
  ping(name: string, timeoutMs?: number): Promise<number> {
    try {
      return this.stack.ping(this.lookup(name, 'ping').ip, { timeoutMs });
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** A raw TCP connection from the host to `name`:`port` (the CLI's port forwarding). */
  connect(name: string, port: number): TcpConnection {
    return this.stack.connect(this.lookup(name, 'connect').ip, port);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.http.close();
    this.stack.close();
    this.capture?.stop();
  }

  private lookup(name: string, what: string): MachineLink {
    const m = this.machines.get(name);
    if (!m) throw new TypeError(`${what}: no machine named '${name}' on the network`);
    if (!m.up) throw new TypeError(`${what}: machine '${name}' is not running`);
    return m;
  }

  private portClosed(port: SwitchPort): void {
    for (const m of this.machines.values()) {
      if (m.port !== port) continue;
      m.up = false;
      this.stack.peerDown(m.ip, `machine '${m.name}' stopped`);
      this.onMachineDown?.(m);
    }
  }
}
