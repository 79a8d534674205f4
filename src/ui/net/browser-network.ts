// The page's side of the virtual network: it starts the network worker, gives machines'
// NICs their cables (MessagePorts the page passes on to the VM workers), registers the
// service worker that serves <site>/vm/<machine>/..., and offers fetch() to machines for
// page code (window.ukplay.fetch) and for the network panels.
//
//   page ── BrowserNetwork ──comlink──▶ network worker (NetHost: switch, host stack, capture)
//            │ attach(): MessageChannel ── port1 ──▶ worker          port2 ──▶ VM worker's NIC
//            │ fetch():  FetchBridgeClient ── port ──▶ worker's FetchBridgeServer
//            └ service worker ◀── a bridge port of its own (sent on request)
//
// Why a worker of its own: TCP, HTTP parsing and the capture stay off the page's main thread
// (a guest flooding the network never janks the UI), and frames go from VM workers to the
// switch without a hop through the page.

import * as Comlink from 'comlink';
import { FetchBridgeClient } from '../../net/bridge/client.ts';
import type { PortLike } from '../../net/link/port-like.ts';
import type { NetHost, NetStatus, PacketRow } from '../../net/browser/net-host.ts';
import { NET_PORT_MESSAGE, NET_PORT_REQUEST, SW_FILE, VM_PREFIX } from '../../sw/messages.ts';

/** What a NIC asks of the network (the playground's NetworkLink request). */
export interface NicRequest {
  machine: string;
  nic: string;
  ip?: string;
  mac?: string;
}

/** What the network panels use: fetch to machines, the packet log, pcap, status. */
export interface NetApi {
  fetch(machine: string, input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** ms to the response head measured in the network worker, for a response of fetch(). */
  headMs(response: Response): number | undefined;
  packets(afterSeq: number, limit?: number): Promise<PacketRow[]>;
  pcap(): Promise<Uint8Array>;
  clearCapture(): Promise<void>;
  status(): Promise<NetStatus>;
  ping(machine: string): Promise<number>;
  /** The URL of a machine's path under the site (what an iframe loads; served by the service worker). */
  vmUrl(machine: string, path?: string): string;
  /** Whether the service worker serves vm/ URLs yet (iframes need it). */
  serviceWorkerReady(): Promise<boolean>;
}

const asPort = (p: MessagePort) => p as unknown as PortLike;

export class BrowserNetwork implements NetApi {
  private readonly worker: Worker;
  private readonly host: Comlink.Remote<NetHost>;
  private readonly bridge: FetchBridgeClient;
  private swReady: Promise<boolean>;

  /** `onNotice` hears one line when something cannot be done (a NIC left unconnected...). */
  constructor(private readonly onNotice: (message: string) => void = () => {}) {
    this.worker = new Worker(new URL('./net.worker.ts', import.meta.url), { type: 'module', name: 'network' });
    this.host = Comlink.wrap<NetHost>(this.worker);
    this.bridge = new FetchBridgeClient(asPort(this.bridgePort()));
    this.swReady = this.registerServiceWorker();
  }

  /** A cable for a machine's NIC (to pass to its VM worker), or undefined if it cannot join. */
  async attach(req: NicRequest): Promise<MessagePort | undefined> {
    const cable = new MessageChannel();
    try {
      await this.host.attachNic(req.machine, req.nic, req.ip, Comlink.transfer(cable.port1, [cable.port1]) as unknown as PortLike);
    } catch (e) {
      this.onNotice(`${req.machine}: ${req.nic} is not on the network: ${e instanceof Error ? e.message : String(e)}`);
      cable.port2.close();
      return undefined;
    }
    return cable.port2;
  }

  detach(machine: string): void {
    void this.host.detach(machine);
  }

  /** An address no running machine uses (for a second copy of a guest's ip=). */
  freeAddress(): Promise<string | undefined> {
    return this.host.freeAddress();
  }

  fetch(machine: string, input: string | URL | Request, init?: RequestInit): Promise<Response> {
    return this.bridge.fetch(machine, input, init);
  }

  headMs(response: Response): number | undefined {
    return this.bridge.info.get(response)?.headMs;
  }

  packets(afterSeq: number, limit?: number): Promise<PacketRow[]> {
    return this.host.packets(afterSeq, limit);
  }

  pcap(): Promise<Uint8Array> {
    return this.host.pcap();
  }

  clearCapture(): Promise<void> {
    return this.host.clearCapture();
  }

  status(): Promise<NetStatus> {
    return this.host.status();
  }

  ping(machine: string): Promise<number> {
    return this.host.ping(machine);
  }

  vmUrl(machine: string, path = '/'): string {
    return new URL(`${VM_PREFIX}${encodeURIComponent(machine)}${path.startsWith('/') ? path : `/${path}`}`, document.baseURI).href;
  }

  serviceWorkerReady(): Promise<boolean> {
    return this.swReady;
  }

  /** Make `window.ukplay.fetch(machine, input, init)` (and friends) available to page code. */
  installGlobal(): void {
    const w = window as unknown as { ukplay?: Record<string, unknown> };
    w.ukplay = {
      ...w.ukplay,
      fetch: (machine: string, input: string | URL | Request, init?: RequestInit) => this.fetch(machine, input, init),
      ping: (machine: string) => this.ping(machine),
      pcap: () => this.pcap(),
      network: () => this.status(),
    };
  }

  /** A new fetch bridge port whose server end lives in the network worker. */
  private bridgePort(): MessagePort {
    const ch = new MessageChannel();
    void this.host.connectFetchPort(Comlink.transfer(ch.port1, [ch.port1]) as unknown as PortLike);
    return ch.port2;
  }

  /**
   * Register the service worker (a file at the site's root, so relative to the page, which
   * may live on a sub-path) and give it a bridge port now and whenever it asks.
   */
  private async registerServiceWorker(): Promise<boolean> {
    if (!('serviceWorker' in navigator)) {
      this.onNotice('This browser has no service workers: vm/ URLs (the preview frame) are unavailable; fetch still works.');
      return false;
    }
    const sw = navigator.serviceWorker;
    sw.addEventListener('message', (e: MessageEvent) => {
      if ((e.data as { type?: string } | null)?.type === NET_PORT_REQUEST) this.givePort(e.source as ServiceWorker | null);
    });
    try {
      const url = new URL(SW_FILE, document.baseURI);
      // The built sw.js is a classic script; the dev server's is a module.
      await sw.register(url, { type: import.meta.env.DEV ? 'module' : 'classic', scope: './' });
      const reg = await sw.ready;
      this.givePort(reg.active);
      return true;
    } catch (e) {
      this.onNotice(`The service worker could not start (${e instanceof Error ? e.message : String(e)}): vm/ URLs are unavailable; fetch still works.`);
      return false;
    }
  }

  private givePort(target: ServiceWorker | null): void {
    if (!target) return;
    const port = this.bridgePort();
    target.postMessage({ type: NET_PORT_MESSAGE }, [port]);
  }
}
