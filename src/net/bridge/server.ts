// The network's end of a fetch bridge port: each request becomes a fetch to the machine,
// whose response head, body chunks (as credit allows) and end or error go back on the port.

import type { PortLike } from '../link/port-like.ts';
import { BridgeRequest, isClientMessage, ServerMessage } from './protocol.ts';

/** How the server reaches machines (Network.fetch). */
export type MachineFetch = (machine: string, input: Request) => Promise<Response>;

interface Exchange {
  credit: number;
  /** Wakes the pump when credit arrives. */
  wake?: () => void;
  cancelled: boolean;
  reader?: ReadableStreamDefaultReader<Uint8Array>;
  abort: AbortController;
}

export class FetchBridgeServer {
  private readonly exchanges = new Map<number, Exchange>();
  private readonly listener: (ev: { data: unknown }) => void;

  constructor(
    private readonly port: PortLike,
    private readonly fetchMachine: MachineFetch,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.listener = (ev) => this.onMessage(ev.data);
    port.addEventListener('message', this.listener);
    port.start();
  }

  /** Requests in progress. */
  get active(): number {
    return this.exchanges.size;
  }

  close(): void {
    for (const x of this.exchanges.values()) this.cancel(x);
    this.exchanges.clear();
    this.port.removeEventListener?.('message', this.listener);
    this.port.close();
  }

  private send(m: ServerMessage, transfer?: ArrayBuffer[]): void {
    this.port.postMessage(m, transfer);
  }

  private onMessage(m: unknown): void {
    if (!isClientMessage(m)) return; // not ours: ignore, never throw
    const x = this.exchanges.get(m.id);
    switch (m.type) {
      case 'request':
        if (!x) void this.serve(m);
        return;
      case 'credit':
        if (x && m.bytes > 0) {
          x.credit += m.bytes;
          x.wake?.();
        }
        return;
      case 'cancel':
        if (x) this.cancel(x);
        this.exchanges.delete(m.id);
        return;
    }
  }

  private cancel(x: Exchange): void {
    x.cancelled = true;
    x.abort.abort();
    void x.reader?.cancel().catch(() => undefined);
    x.wake?.();
  }

  private async serve(req: BridgeRequest): Promise<void> {
    const x: Exchange = { credit: req.credit, cancelled: false, abort: new AbortController() };
    this.exchanges.set(req.id, x);
    const start = this.now();
    try {
      const init: RequestInit = { method: req.method, headers: req.headers, signal: x.abort.signal };
      if (req.body && req.method !== 'GET' && req.method !== 'HEAD') init.body = req.body;
      const base = `http://guest${req.port ? `:${req.port}` : ''}/`;
      const res = await this.fetchMachine(req.machine, new Request(new URL(req.target, base), init));
      if (x.cancelled) {
        void res.body?.cancel();
        return;
      }
      const headers: Array<[string, string]> = [];
      res.headers.forEach((value, name) => headers.push([name, value]));
      this.send({ type: 'head', id: req.id, status: res.status, statusText: res.statusText, headers, hasBody: res.body !== null, headMs: this.now() - start });
      if (res.body) {
        x.reader = res.body.getReader();
        for (;;) {
          while (x.credit <= 0 && !x.cancelled) await new Promise<void>((resolve) => (x.wake = resolve));
          x.wake = undefined;
          if (x.cancelled) return;
          const { done, value } = await x.reader.read();
          if (done) break;
          if (x.cancelled) return;
          x.credit -= value.byteLength;
          const data = value.byteOffset === 0 && value.byteLength === value.buffer.byteLength ? value.buffer : value.slice().buffer;
          this.send({ type: 'chunk', id: req.id, data: data as ArrayBuffer }, [data as ArrayBuffer]);
        }
      }
      this.send({ type: 'end', id: req.id });
    } catch (e) {
      // The network's reason without fetch's "fetch METHOD PATH from NAME:" prefix (the client adds its own).
      const reason = e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
      if (!x.cancelled) this.send({ type: 'error', id: req.id, message: reason });
    } finally {
      this.exchanges.delete(req.id);
    }
  }
}
