// Serializing an HTTP/1.1 request (RFC 9112 §3): request line, Host, the caller's header
// fields minus the hop-by-hop ones this client manages itself, and Content-Length for a body.
// Bodies are sent whole with Content-Length: the guests' small servers do not take chunked
// request bodies.

export interface OutgoingRequest {
  method: string;
  /** Origin-form target: path and query, starting with '/'. */
  target: string;
  /** The Host field's value. */
  host: string;
  headers: Iterable<[string, string]>;
  body?: Uint8Array;
}

/** Fields this client writes itself, or that make no sense on a connection it manages. */
const MANAGED = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'te', 'trailer', 'upgrade', 'proxy-connection', 'expect']);

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function encodeRequest(req: OutgoingRequest): Uint8Array {
  if (!TOKEN.test(req.method)) throw new TypeError(`invalid HTTP method: ${JSON.stringify(req.method)}`);
  if (!req.target.startsWith('/') || /[\s\x00-\x1f\x7f]/.test(req.target)) throw new TypeError(`invalid request target: ${JSON.stringify(req.target)}`);
  const lines = [`${req.method} ${req.target} HTTP/1.1`, `Host: ${req.host}`];
  let hasUserAgent = false;
  let hasAccept = false;
  for (const [name, value] of req.headers) {
    const lower = name.toLowerCase();
    if (MANAGED.has(lower)) continue;
    if (!TOKEN.test(name) || /[\r\n\x00]/.test(value)) throw new TypeError(`invalid header field: ${JSON.stringify(name)}`);
    if (lower === 'user-agent') hasUserAgent = true;
    if (lower === 'accept') hasAccept = true;
    lines.push(`${name}: ${value}`);
  }
  if (!hasUserAgent) lines.push('User-Agent: ukplay');
  if (!hasAccept) lines.push('Accept: */*');
  const bodyAllowed = req.body !== undefined && (req.body.length > 0 || !['GET', 'HEAD'].includes(req.method));
  if (bodyAllowed || ['POST', 'PUT', 'PATCH'].includes(req.method)) lines.push(`Content-Length: ${req.body?.length ?? 0}`);
  const head = new TextEncoder().encode(lines.join('\r\n') + '\r\n\r\n');
  if (!bodyAllowed || !req.body?.length) return head;
  const out = new Uint8Array(head.length + req.body.length);
  out.set(head);
  out.set(req.body, head.length);
  return out;
}
