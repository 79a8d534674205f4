// The part of MessagePort that src/net uses, so the same code runs against the browser's
// ports (page, workers, service worker) and Node's (tests), without DOM types.

export interface MessageEventLike {
  data: unknown;
}

export interface PortLike {
  postMessage(message: unknown, transfer?: ArrayBuffer[] | Array<ArrayBuffer | PortLike>): void;
  addEventListener(type: 'message', listener: (ev: MessageEventLike) => void): void;
  removeEventListener?(type: 'message', listener: (ev: MessageEventLike) => void): void;
  start(): void;
  close(): void;
}
