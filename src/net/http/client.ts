// HTTP/1.1 over the host stack's TCP: one request at a time per connection, connections kept
// alive in a pool per origin (ip:port) and reused, responses streamed as they arrive with
// TCP back-pressure (a slow reader closes the receive window), request bodies sent whole.
//
//   request ─> pool.acquire(origin) ─ idle connection (LIFO) | new connection | wait for one
//          ─> write request ─> parser ─ head ─> resolve(HttpResult with a body stream)
//                                      ├ body chunks ─> stream (pause TCP when it is full)
//                                      └ complete ─> back to the pool if both sides keep it
//
// Every failure becomes an HttpError with one line saying what happened (refused, reset after
// N bytes, machine stopped, no answer within the timeout); a request that failed on a reused
// connection before any byte of response came back is retried once on a fresh connection,
// as browsers do, when its method is idempotent.

import type { NetClock, Timer } from '../clock.ts';
import { formatIp4, Ip4 } from '../ipv4-address.ts';
import type { HostStack } from '../stack.ts';
import type { TcpConnection } from '../tcp/connection.ts';
import { TcpError } from '../tcp/errors.ts';
import { encodeRequest, OutgoingRequest } from './request.ts';
import { BodyFraming, HttpParseError, ResponseHead, ResponseParser } from './response-parser.ts';

export interface HttpTarget {
  ip: Ip4;
  port: number;
}

export interface HttpRequest extends OutgoingRequest {
  /** Give up when nothing arrives for this long (ms); default from the client options. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface HttpTiming {
  /** ms from the request to its first response byte (connection set-up included). */
  firstByteMs: number;
  /** Whether a kept-alive connection carried it. */
  reused: boolean;
}

export interface HttpResult {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  /** null when the response has no body by definition (HEAD, 204, 304). */
  body: ReadableStream<Uint8Array> | null;
  timing: HttpTiming;
}

export type HttpErrorKind = 'refused' | 'reset' | 'timeout' | 'unreachable' | 'down' | 'protocol' | 'aborted' | 'closed';

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly kind: HttpErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface HttpClientOptions {
  maxConnectionsPerOrigin: number;
  /** Idle kept-alive connections are closed after this long (the guests close theirs after a minute). */
  idleTimeoutMs: number;
  timeoutMs: number;
  /** Receive buffer of a response body stream before TCP is paused. */
  bodyHighWaterMark: number;
}

export const HTTP_CLIENT_OPTIONS: HttpClientOptions = {
  maxConnectionsPerOrigin: 64,
  idleTimeoutMs: 15_000,
  timeoutMs: 30_000,
  bodyHighWaterMark: 256 * 1024,
};

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);

export interface HttpClientStats {
  requests: number;
  failures: number;
  connectionsOpened: number;
  reused: number;
  retries: number;
}

/** One pooled TCP connection and the exchange it carries, if any. */
class Conn {
  /** Counted in its origin's `count` until discarded. */
  counted = true;
  busy = false;
  peerEnded = false;
  closed = false;
  /** Bytes of any response received on this connection. */
  everReceived = 0;
  idleTimer: Timer | undefined;
  /** The current exchange's handlers. */
  handlers: { data(d: Uint8Array): void; end(): void; close(err?: TcpError): void } | undefined;

  constructor(readonly tcp: TcpConnection) {
    tcp.onData = (d) => {
      this.everReceived += d.length;
      if (this.handlers) this.handlers.data(d);
      else this.tcp.abort(); // bytes while idle: the server is confused; do not reuse
    };
    tcp.onEnd = () => {
      this.peerEnded = true;
      if (this.handlers) this.handlers.end();
      else this.tcp.end(); // the server closed an idle connection: close our side too
    };
    tcp.onClose = (err) => {
      this.closed = true;
      this.handlers?.close(err);
    };
  }

  get usable(): boolean {
    return !this.closed && !this.peerEnded && this.tcp.state === 'ESTABLISHED';
  }
}

class Origin {
  idle: Conn[] = [];
  count = 0;
  /** Requests waiting for a connection (a waiter whose request was aborted is skipped). */
  private waiters: Array<{ wake: () => void; gone: boolean }> = [];

  wait(signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const w = { wake: resolve, gone: false };
      this.waiters.push(w);
      signal?.addEventListener(
        'abort',
        () => {
          w.gone = true;
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  wakeOne(): void {
    for (let w = this.waiters.shift(); w; w = this.waiters.shift()) {
      if (w.gone) continue;
      w.wake();
      return;
    }
  }
}

export class HttpClient {
  readonly stats: HttpClientStats = { requests: 0, failures: 0, connectionsOpened: 0, reused: 0, retries: 0 };
  private readonly opts: HttpClientOptions;
  private readonly origins = new Map<string, Origin>();
  private readonly clock: NetClock;
  private closed = false;

  constructor(
    private readonly stack: HostStack,
    opts: Partial<HttpClientOptions> = {},
  ) {
    this.opts = { ...HTTP_CLIENT_OPTIONS, ...opts };
    this.clock = stack.clock;
  }

  /** Connections open (busy or idle) to each origin. */
  connectionCounts(): Record<string, { open: number; idle: number }> {
    const out: Record<string, { open: number; idle: number }> = {};
    for (const [k, o] of this.origins) out[k] = { open: o.count, idle: o.idle.length };
    return out;
  }

  async request(target: HttpTarget, req: HttpRequest): Promise<HttpResult> {
    if (this.closed) throw new HttpError('closed', 'the network is closed');
    this.stats.requests++;
    try {
      return await this.attempt(target, req, true);
    } catch (e) {
      this.stats.failures++;
      throw e;
    }
  }

  /** Close idle connections and refuse new requests (busy ones finish or fail on their own). */
  close(): void {
    this.closed = true;
    for (const o of this.origins.values()) for (const c of o.idle.splice(0)) this.discard(o, c);
  }

  private async attempt(target: HttpTarget, req: HttpRequest, mayRetry: boolean): Promise<HttpResult> {
    req.signal?.throwIfAborted();
    const origin = this.origin(target);
    const start = this.clock.now();
    const conn = await this.acquire(origin, target, req.signal);
    const reused = conn.everReceived > 0;
    if (reused) this.stats.reused++;
    try {
      return await this.exchange(origin, conn, target, req, start, reused);
    } catch (e) {
      // A kept-alive connection the server closed just as we reused it: try once more.
      if (mayRetry && reused && e instanceof RetryableError && IDEMPOTENT.has(req.method)) {
        this.stats.retries++;
        return this.attempt(target, req, false);
      }
      throw e instanceof RetryableError ? e.cause : e;
    }
  }

  private origin(t: HttpTarget): Origin {
    const key = `${formatIp4(t.ip)}:${t.port}`;
    let o = this.origins.get(key);
    if (!o) this.origins.set(key, (o = new Origin()));
    return o;
  }

  private async acquire(origin: Origin, target: HttpTarget, signal?: AbortSignal): Promise<Conn> {
    for (;;) {
      while (origin.idle.length) {
        const c = origin.idle.pop()!;
        c.idleTimer?.cancel();
        if (c.usable) {
          c.busy = true;
          return c;
        }
        this.discard(origin, c);
      }
      if (origin.count < this.opts.maxConnectionsPerOrigin) {
        origin.count++;
        this.stats.connectionsOpened++;
        let tcp: TcpConnection;
        try {
          tcp = this.stack.connect(target.ip, target.port);
        } catch (e) {
          origin.count--;
          throw toHttpError(e, target, 0);
        }
        const c = new Conn(tcp);
        c.busy = true;
        return c;
      }
      await origin.wait(signal);
    }
  }

  private release(origin: Origin, c: Conn): void {
    c.busy = false;
    c.handlers = undefined;
    if (!c.usable || this.closed) {
      this.discard(origin, c);
      return;
    }
    // The last body chunk may have filled the reader's stream and paused the socket.
    c.tcp.resumeReading();
    origin.idle.push(c);
    c.idleTimer = this.clock.setTimer(this.opts.idleTimeoutMs, () => {
      const i = origin.idle.indexOf(c);
      if (i < 0) return;
      origin.idle.splice(i, 1);
      this.discard(origin, c);
    });
    origin.wakeOne();
  }

  /** Close (gracefully if it is still sane) and forget a connection. */
  private discard(origin: Origin, c: Conn): void {
    if (!c.closed && c.tcp.state !== 'CLOSED') {
      if (c.busy) c.tcp.abort();
      else c.tcp.end();
    }
    c.handlers = undefined;
    c.busy = false;
    c.idleTimer?.cancel();
    if (!c.counted) return;
    c.counted = false;
    origin.count--;
    origin.wakeOne();
  }

  private exchange(origin: Origin, c: Conn, target: HttpTarget, req: HttpRequest, start: number, reused: boolean): Promise<HttpResult> {
    const timeoutMs = req.timeoutMs ?? this.opts.timeoutMs;
    const where = `${formatIp4(target.ip)}:${target.port}`;
    return new Promise<HttpResult>((resolve, reject) => {
      let settled = false; // the promise (head) is settled
      let finished = false; // the exchange is over
      let received = 0;
      let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
      let timer: Timer | undefined;

      const armTimer = () => {
        timer?.cancel();
        timer = this.clock.setTimer(timeoutMs, () =>
          fail(new HttpError('timeout', `no ${settled ? 'more data' : 'response'} from ${where} within ${timeoutMs} ms`)),
        );
      };

      const finish = (reusable: boolean) => {
        if (finished) return;
        finished = true;
        timer?.cancel();
        req.signal?.removeEventListener('abort', onAbort);
        if (reusable) this.release(origin, c);
        else this.discard(origin, c);
      };

      /**
       * `err` is an HttpError, or the abort signal's reason (as fetch rejects with it). The
       * connection is discarded first (reset if still open), so its close cannot report again.
       */
      const fail = (err: unknown) => {
        if (finished) return;
        finish(false);
        if (!settled) {
          settled = true;
          // Nothing came back on a reused connection: the server may have closed it just then.
          reject(reused && received === 0 && err instanceof HttpError ? new RetryableError(err) : err);
        } else {
          controller?.error(err);
        }
      };

      const onAbort = () => fail(req.signal?.reason);
      req.signal?.addEventListener('abort', onAbort, { once: true });

      let head: ResponseHead | undefined;
      const parser = new ResponseParser(
        {
          head: (h: ResponseHead, framing: BodyFraming) => {
            head = h;
            settled = true;
            const body =
              framing.kind === 'none'
                ? null
                : new ReadableStream<Uint8Array>(
                    {
                      start: (ctl) => void (controller = ctl),
                      pull: () => c.tcp.resumeReading(),
                      cancel: () => fail(new HttpError('aborted', 'response body cancelled by the reader')),
                    },
                    { highWaterMark: this.opts.bodyHighWaterMark, size: (chunk) => chunk.byteLength },
                  );
            resolve({
              status: h.status,
              statusText: h.statusText,
              headers: h.headers,
              body,
              timing: { firstByteMs: this.clock.now() - start, reused },
            });
          },
          body: (chunk) => {
            if (!controller) return;
            controller.enqueue(chunk);
            if ((controller.desiredSize ?? 1) <= 0) c.tcp.pauseReading();
          },
          complete: () => {
            const reusable = keepsAlive(parser, head) && !c.peerEnded;
            finish(reusable);
            controller?.close();
          },
        },
        req.method === 'HEAD',
      );

      c.handlers = {
        data: (d) => {
          received += d.length;
          armTimer();
          try {
            const used = parser.push(d);
            if (used < d.length) c.peerEnded = true; // bytes beyond the response: never reuse
          } catch (e) {
            fail(new HttpError('protocol', `bad response from ${where}: ${(e as Error).message}`));
          }
        },
        end: () => {
          try {
            parser.end();
          } catch (e) {
            const msg = e instanceof HttpParseError ? e.message : String(e);
            fail(new HttpError('closed', `${where}: ${msg}`));
          }
        },
        close: (err) => {
          if (finished) return;
          if (err) return fail(toHttpError(err, target, parser.bodyBytes, parser));
          try {
            parser.end();
          } catch (e) {
            fail(new HttpError('closed', `${where}: ${(e as Error).message}`));
          }
        },
      };

      let bytes: Uint8Array;
      try {
        bytes = encodeRequest(req);
      } catch (e) {
        finish(c.usable);
        settled = true;
        reject(e);
        return;
      }
      armTimer();
      try {
        c.tcp.write(bytes);
      } catch (e) {
        fail(new HttpError('closed', `${where}: connection closed before the request was sent`));
      }
    });
  }
}

/** Whether the connection may carry another request after this response (RFC 9112 §9.3). */
function keepsAlive(parser: ResponseParser, head: ResponseHead | undefined): boolean {
  if (!head || parser.framing?.kind === 'close') return false;
  const tokens = head.headers
    .filter(([n]) => n.toLowerCase() === 'connection')
    .flatMap(([, v]) => v.toLowerCase().split(','))
    .map((t) => t.trim());
  if (tokens.includes('close')) return false;
  return head.version === '1.1' || tokens.includes('keep-alive');
}

function toHttpError(e: unknown, target: HttpTarget, bodyBytes: number, parser?: ResponseParser): HttpError {
  const where = `${formatIp4(target.ip)}:${target.port}`;
  if (!(e instanceof TcpError)) return new HttpError('protocol', e instanceof Error ? e.message : String(e));
  const during = parser?.framing ? ` mid-response (after ${bodyBytes}${parser.framing.kind === 'length' ? ` of ${parser.framing.length}` : ''} body bytes)` : '';
  switch (e.code) {
    case 'ECONNREFUSED':
      return new HttpError('refused', `connection refused by ${where} (RST): nothing listens on port ${target.port}`);
    case 'ECONNRESET':
      return new HttpError('reset', `connection reset by ${where}${during}`);
    case 'ETIMEDOUT':
      return new HttpError('timeout', `${e.message}${during}`);
    case 'EHOSTUNREACH':
      return new HttpError('unreachable', e.message);
    case 'ENETDOWN':
      return new HttpError('down', `${e.message}${during}`);
    default:
      return new HttpError('protocol', e.message);
  }
}

/** A failure on a reused connection before any response byte: may be retried. */
class RetryableError extends Error {
  constructor(override readonly cause: HttpError) {
    super(cause.message);
  }
}
