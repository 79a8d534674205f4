/// <reference lib="webworker" />
// The playground's service worker: `<site>/vm/<machine>/<path>` is machine <machine>'s HTTP
// server, so an <iframe src="vm/http/"> browses the guest's website and page code can
// fetch('vm/http/api/stats'). Everything else on the site passes through untouched.
//
//   iframe / page ── fetch vm/http/api/stats ──▶ this worker ── bridge port ──▶ network worker
//                                                  (FetchBridgeClient)          (TCP to the guest)
//
// The network runs in a worker of the playground page; the page hands this worker a
// MessagePort to it ('ukplay-net-port'). A service worker may be stopped when idle and
// forget its ports: it then asks the open pages for a fresh one ('ukplay-net-port-request')
// and waits a little. With no playground page open there is no network: 503 with a reason.

import { FetchBridgeClient } from '../net/bridge/client.ts';
import type { PortLike } from '../net/link/port-like.ts';
import { NET_PORT_MESSAGE, NET_PORT_REQUEST, VM_PREFIX } from './messages.ts';

declare const self: ServiceWorkerGlobalScope;

/** How long a request waits for a page to provide the network. */
const PORT_WAIT_MS = 5000;

interface Bridge {
  client: FetchBridgeClient;
  /** The page (window client) whose network worker is at the other end. */
  owner: string;
}

const bridges = new Map<string, Bridge>();
let portWaiters: Array<() => void> = [];

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  const source = event.source as Client | null;
  if (data?.type !== NET_PORT_MESSAGE || !source || !event.ports[0]) return;
  bridges.get(source.id)?.client.close('the page replaced its network connection');
  bridges.set(source.id, { client: new FetchBridgeClient(event.ports[0] as unknown as PortLike), owner: source.id });
  for (const w of portWaiters.splice(0)) w();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname + VM_PREFIX)) return;
  const rest = url.pathname.slice(scope.pathname.length + VM_PREFIX.length);
  const slash = rest.indexOf('/');
  const machine = decodeURIComponent(slash < 0 ? rest : rest.slice(0, slash));
  if (!machine) return;
  if (slash < 0) {
    // vm/http -> vm/http/ so that the guest page's relative links resolve inside it.
    event.respondWith(Response.redirect(`${url.href}/${url.search}`, 301));
    return;
  }
  const path = rest.slice(slash) + url.search;
  const base = `${scope.pathname}${VM_PREFIX}${encodeURIComponent(machine)}`;
  event.respondWith(serve(event, machine, path, base));
});

async function serve(event: FetchEvent, machine: string, path: string, base: string): Promise<Response> {
  const bridge = await bridgeFor(event.clientId);
  if (!bridge) return problem(503, `No playground page is open to run the network for machine '${machine}'. Open the playground and try again.`);
  const req = event.request;
  const headers = new Headers(req.headers);
  const init: RequestInit = { method: req.method, headers, signal: req.signal };
  if (req.method !== 'GET' && req.method !== 'HEAD') init.body = await req.arrayBuffer();
  let res: Response;
  try {
    res = await bridge.client.fetch(machine, path, init);
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return problem(502, (e as Error).message);
  }
  return rewriteLocation(res, base);
}

/** The bridge of the requesting page, else of any open page; asks the pages if there is none. */
async function bridgeFor(clientId: string): Promise<Bridge | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const own = bridges.get(clientId);
    if (own && (await self.clients.get(own.owner))) return own;
    for (const [id, b] of bridges) {
      if (await self.clients.get(b.owner)) return b;
      b.client.close('its page was closed');
      bridges.delete(id);
    }
    if (attempt === 1) break;
    const pages = await self.clients.matchAll({ type: 'window' });
    if (pages.length === 0) return undefined;
    const arrived = new Promise<void>((resolve) => {
      portWaiters.push(resolve);
      setTimeout(resolve, PORT_WAIT_MS);
    });
    for (const p of pages) p.postMessage({ type: NET_PORT_REQUEST });
    await arrived;
    portWaiters = [];
  }
  return undefined;
}

/** A redirect to `/x` on the guest is `<site>/vm/<machine>/x` here. */
function rewriteLocation(res: Response, base: string): Response {
  const location = res.headers.get('location');
  if (!location || !location.startsWith('/') || location.startsWith('//')) return res;
  const headers = new Headers(res.headers);
  headers.set('location', base + location);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

function problem(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-ukplay-error': '1' } });
}
