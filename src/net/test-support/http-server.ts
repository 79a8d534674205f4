// A tiny HTTP/1.1 server on a host stack's listener, for testing the client: it parses
// requests (Content-Length bodies, keep-alive, pipelined) and lets each test answer with
// whatever bytes it wants (well-formed or not), whenever it wants.

import type { HostStack } from '../stack.ts';
import type { TcpConnection } from '../tcp/connection.ts';

export interface ServerRequest {
  method: string;
  target: string;
  headers: Map<string, string>;
  body: Uint8Array;
  /** Number of this request on its connection (1 for the first). */
  index: number;
  conn: TcpConnection;
  /** Connection id (1, 2, ... in order of acceptance). */
  connId: number;
}

export type Handler = (req: ServerRequest) => void;

const enc = new TextEncoder();

export function response(status: number, body: string | Uint8Array, headers: Record<string, string> = {}): Uint8Array {
  const b = typeof body === 'string' ? enc.encode(body) : body;
  const lines = [`HTTP/1.1 ${status} X`, ...Object.entries({ 'Content-Length': String(b.length), ...headers }).map(([k, v]) => `${k}: ${v}`)];
  const head = enc.encode(lines.join('\r\n') + '\r\n\r\n');
  const out = new Uint8Array(head.length + b.length);
  out.set(head);
  out.set(b, head.length);
  return out;
}

export function serve(stack: HostStack, port: number, handler: Handler): { connections: number; requests: ServerRequest[] } {
  const stats = { connections: 0, requests: [] as ServerRequest[] };
  stack.listen(port, (conn) => {
    const connId = ++stats.connections;
    let buf = new Uint8Array(0);
    let index = 0;
    conn.onData = (d) => {
      const n = new Uint8Array(buf.length + d.length);
      n.set(buf);
      n.set(d, buf.length);
      buf = n;
      for (;;) {
        const text = new TextDecoder('latin1').decode(buf);
        const end = text.indexOf('\r\n\r\n');
        if (end < 0) return;
        const [line, ...fields] = text.slice(0, end).split('\r\n');
        const [method, target] = line.split(' ');
        const headers = new Map(fields.map((f) => [f.slice(0, f.indexOf(':')).toLowerCase(), f.slice(f.indexOf(':') + 1).trim()]));
        const len = Number(headers.get('content-length') ?? 0);
        if (buf.length < end + 4 + len) return;
        const body = buf.slice(end + 4, end + 4 + len);
        buf = buf.slice(end + 4 + len);
        const req: ServerRequest = { method, target, headers, body, index: ++index, conn, connId };
        stats.requests.push(req);
        handler(req);
      }
    };
    conn.onEnd = () => conn.end();
  });
  return stats;
}
