// The requesting end of a fetch bridge port (the service worker, the page): a fetch() to a
// machine whose Response body is a stream fed by the port, topping up credit as the reader
// consumes. Failures reject with a TypeError carrying the network's one-line message; a
// server that never answers (its page was closed) fails after `headTimeoutMs`.

import type { PortLike } from '../link/port-like.ts';
import { BRIDGE_CREDIT, isServerMessage, ServerMessage } from './protocol.ts';

export interface BridgeResponseInfo {
  /** ms to the response head where the network runs (excludes the bridge hop). */
  headMs: number;
}

interface Pending {
  resolve(r: Response): void;
  reject(e: Error): void;
  controller?: ReadableStreamDefaultController<Uint8Array>;
  timer?: ReturnType<typeof setTimeout>;
  what: string;
}

/** Statuses whose Response must have a null body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export class FetchBridgeClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Timing of responses, for request panels (weakly held with the Response). */
  readonly info = new WeakMap<Response, BridgeResponseInfo>();
  private closedWith: string | undefined;

  constructor(
    private readonly port: PortLike,
    private readonly headTimeoutMs = 60_000,
  ) {
    port.addEventListener('message', (ev) => this.onMessage(ev.data));
    port.start();
  }

  /** Fail every request in progress (the port is known dead). */
  close(reason: string): void {
    this.closedWith = reason;
    for (const [id, p] of this.pending) this.fail(id, p, reason);
    this.port.close();
  }

  async fetch(machine: string, input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request ? (init ? new Request(input, init) : input) : new Request(new URL(String(input), 'http://guest/'), init);
    const url = new URL(request.url);
    const target = url.pathname + url.search;
    const port = url.port ? Number(url.port) : undefined;
    const what = `${request.method} ${target} on ${machine}`;
    if (this.closedWith) throw new TypeError(`fetch ${what}: ${this.closedWith}`);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
    const headers: Array<[string, string]> = [];
    request.headers.forEach((v, k) => headers.push([k, v]));
    const id = this.nextId++;
    return new Promise<Response>((resolve, reject) => {
      const p: Pending = { resolve, reject, what };
      this.pending.set(id, p);
      p.timer = setTimeout(() => this.fail(id, p, `no answer from the network within ${this.headTimeoutMs} ms`), this.headTimeoutMs);
      request.signal?.addEventListener('abort', () => {
        if (!this.pending.has(id)) return;
        this.port.postMessage({ type: 'cancel', id });
        this.pending.delete(id);
        clearTimeout(p.timer);
        const reason = request.signal.reason ?? new DOMException('the request was aborted', 'AbortError');
        if (p.controller) p.controller.error(reason);
        else reject(reason);
      });
      const transfer = body ? [body] : [];
      this.port.postMessage({ type: 'request', id, machine, method: request.method, target, port, headers, body, credit: BRIDGE_CREDIT }, transfer);
    });
  }

  private fail(id: number, p: Pending, message: string): void {
    this.pending.delete(id);
    clearTimeout(p.timer);
    const err = new TypeError(`fetch ${p.what}: ${message}`);
    if (p.controller) p.controller.error(err);
    else p.reject(err);
  }

  private onMessage(m: unknown): void {
    if (!isServerMessage(m)) return;
    const p = this.pending.get(m.id);
    if (!p) return;
    this.handle(m, p);
  }

  private handle(m: ServerMessage, p: Pending): void {
    switch (m.type) {
      case 'head': {
        clearTimeout(p.timer);
        const id = m.id;
        const body =
          m.hasBody && !NULL_BODY.has(m.status)
            ? new ReadableStream<Uint8Array>(
                {
                  start: (c) => void (p.controller = c),
                  pull: () => this.port.postMessage({ type: 'credit', id, bytes: BRIDGE_CREDIT }),
                  cancel: () => {
                    this.pending.delete(id);
                    this.port.postMessage({ type: 'cancel', id });
                  },
                },
                { highWaterMark: BRIDGE_CREDIT, size: (c) => c.byteLength },
              )
            : null;
        if (!body) {
          if (m.hasBody) this.port.postMessage({ type: 'cancel', id });
          this.pending.delete(id);
        }
        let response: Response;
        try {
          response = new Response(body, { status: m.status, statusText: m.statusText, headers: m.headers });
        } catch (e) {
          this.port.postMessage({ type: 'cancel', id });
          return this.fail(id, p, `unusable response: ${(e as Error).message}`);
        }
        this.info.set(response, { headMs: m.headMs });
        p.resolve(response);
        return;
      }
      case 'chunk':
        p.controller?.enqueue(new Uint8Array(m.data));
        return;
      case 'end':
        this.pending.delete(m.id);
        p.controller?.close();
        return;
      case 'error':
        return this.fail(m.id, p, m.message);
    }
  }
}
