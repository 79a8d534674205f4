// The fetch bridge: HTTP requests to machines over a MessagePort, from the service worker or
// the page to the network's host (a worker). One port carries many requests at once, each
// with an id; response bodies stream in chunks under credit-based flow control, so a slow
// reader (an iframe still rendering, a paused stream) holds the guest's TCP window closed
// instead of piling bytes up in memory.
//
//   client                                   server (the network)
//   ── request {id, machine, method, target, headers, body, credit} ──▶ fetch through TCP
//   ◀── head {id, status, statusText, headers, timing} ──
//   ◀── chunk {id, data} ── (while credit lasts; each chunk spends its length)
//   ── credit {id, bytes} ──▶                  (the reader wants more)
//   ◀── end {id} | error {id, message} ──
//   ── cancel {id} ──▶                         (the reader gave up: the connection is reset)

export interface BridgeRequest {
  type: 'request';
  id: number;
  machine: string;
  method: string;
  /** Path and query on the machine, starting with '/'. */
  target: string;
  /** TCP port on the machine (default 80). */
  port?: number;
  headers: Array<[string, string]>;
  body?: ArrayBuffer;
  /** Bytes of body the server may send before waiting for credit. */
  credit: number;
}

export interface BridgeCredit {
  type: 'credit';
  id: number;
  bytes: number;
}

export interface BridgeCancel {
  type: 'cancel';
  id: number;
}

export type ClientMessage = BridgeRequest | BridgeCredit | BridgeCancel;

export interface BridgeHead {
  type: 'head';
  id: number;
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  /** Whether a body follows (false for HEAD, 204, 304). */
  hasBody: boolean;
  /** ms from the request to the response head, measured where the network runs. */
  headMs: number;
}

export interface BridgeChunk {
  type: 'chunk';
  id: number;
  data: ArrayBuffer;
}

export interface BridgeEnd {
  type: 'end';
  id: number;
}

export interface BridgeError {
  type: 'error';
  id: number;
  message: string;
}

export type ServerMessage = BridgeHead | BridgeChunk | BridgeEnd | BridgeError;

/** The credit a request starts with and each top-up. */
export const BRIDGE_CREDIT = 256 * 1024;

export function isClientMessage(m: unknown): m is ClientMessage {
  const t = (m as { type?: unknown } | null)?.type;
  return typeof (m as { id?: unknown } | null)?.id === 'number' && (t === 'request' || t === 'credit' || t === 'cancel');
}

export function isServerMessage(m: unknown): m is ServerMessage {
  const t = (m as { type?: unknown } | null)?.type;
  return typeof (m as { id?: unknown } | null)?.id === 'number' && (t === 'head' || t === 'chunk' || t === 'end' || t === 'error');
}
