// The Fetch API over the host stack: `fetch(input, init)` for one machine, turning a
// Request into an HttpRequest and the HttpResult into a Response whose body streams from the
// guest. Network failures reject with a TypeError, as fetch does, whose message says what
// happened and whose `cause` is the HttpError.

import type { HttpClient, HttpResult, HttpTarget } from './client.ts';
import { HttpError } from './client.ts';

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface FetchTarget extends HttpTarget {
  /** The Host field (the machine's name, or its address). */
  host: string;
}

/** Statuses whose Response must have a null body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** Base for paths: the Host field, not this URL's host, names the machine to the guest. */
const BASE = 'http://guest/';

/**
 * Resolve `input` against the machine's root: a bare path like `/api/stats` or `api/stats`
 * reaches the machine; a full URL keeps its path and query (its host is not consulted).
 */
export function toRequest(input: string | URL | Request, init: RequestInit | undefined): Request {
  if (input instanceof Request) return init ? new Request(input, init) : input;
  return new Request(new URL(String(input), BASE), init);
}

export async function fetchVia(client: HttpClient, target: FetchTarget, input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const request = toRequest(input, init);
  const url = new URL(request.url);
  const what = `${request.method} ${url.pathname}${url.search}`;
  const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
  let result: HttpResult;
  try {
    result = await client.request(target, {
      method: request.method,
      target: `${url.pathname}${url.search}`,
      host: target.host,
      headers: request.headers,
      body,
      signal: request.signal,
    });
  } catch (e) {
    if (e instanceof HttpError) throw new TypeError(`fetch ${what} from ${target.host}: ${e.message}`, { cause: e });
    throw e;
  }
  return toResponse(result, `${target.host}: ${what}`);
}

/** A Response for an HttpResult (statuses the Response constructor refuses become errors). */
export function toResponse(r: HttpResult, what: string): Response {
  if (r.status < 200 || r.status > 599) {
    void r.body?.cancel();
    throw new TypeError(`fetch ${what}: unsupported response status ${r.status}`);
  }
  const headers = new Headers();
  for (const [name, value] of r.headers) {
    try {
      headers.append(name, value);
    } catch {
      // A field value the Headers class refuses (control characters): leave it out.
    }
  }
  const body = NULL_BODY.has(r.status) ? null : r.body;
  if (body !== r.body) void r.body?.cancel();
  return new Response(body, { status: r.status, statusText: r.statusText, headers });
}
